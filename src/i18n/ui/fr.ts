/**
 * French UI strings: the reference dictionary. Every other language must have exactly these keys
 * (checked by the type of `en.ts` and by tests/unit/i18n.test.ts).
 * Keys are flat and dotted (`area.name`); `{{name}}` marks a placeholder.
 * French typography: a narrow no-break space (U+202F) before `: ; ! ?` and inside « ».
 */
const fr = {
  'site.skipToContent': 'Aller au contenu',
  'site.mainNav': 'Navigation principale',
  'site.menu': 'Menu',
  'site.footer': 'Guide de migration, généré à partir de documents de phase validés.',

  'lang.switcher': 'Langue',
  'lang.readIn': 'Lire cette page en {{language}}',

  'theme.label': 'Thème',
  'theme.auto': 'Système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',

  'nav.phases': 'Phases',
  'nav.home': 'Accueil du guide',
  'nav.onThisPage': 'Sur cette page',
  'nav.overview': 'Vue d’ensemble',
  'nav.previous': 'Précédent',
  'nav.next': 'Suivant',
  'nav.pagination': 'Pages précédente et suivante',
  'nav.current': 'page actuelle',

  'phase.number': 'Phase {{number}}',
  'phase.before': 'Avant de commencer',
  'phase.duration': 'Durée estimée',
  'phase.roles': 'Rôles',
  'phase.prerequisites': 'Prérequis',
  'phase.noPrerequisites': 'Aucun',
  'phase.tools': 'Outils',
  'phase.updated': 'Mis à jour le',
  'phase.details': 'En bref',
  'phase.steps': '{{count}} étapes',

  'home.phasesHeading': 'Les phases de la migration',
  'home.start': 'Commencer par «\u202f{{title}}\u202f»',

  'checklist.verify': 'Vérification\u202f:',
  'checklist.heading': 'Liste de contrôle',

  // glossary
  'glossary.title': 'Glossaire',
  'glossary.lead': 'Les termes employés dans ce guide et leur définition.',
  'nav.glossary': 'Glossaire',
  'nav.guide': 'Le guide',

  // checklist (progress, print)

  // search
  'search.label': 'Rechercher dans le guide',
  'search.placeholder': 'Rechercher',
  'search.shortcut': 'Ctrl K',
  'search.shortcutMac': '⌘ K',
  'search.help': 'Entrée ouvre le premier résultat, les flèches parcourent les résultats, Échap ferme la liste.',
  'search.results': 'Résultats de la recherche',
  'search.allLanguages': 'Chercher aussi en {{languages}}',
  'search.phase': 'Phase',
  'search.allPhases': 'Toutes les phases',
  'search.role': 'Rôle',
  'search.allRoles': 'Tous les rôles',
  'search.countOne': '{{count}} page trouvée',
  'search.countOther': '{{count}} pages trouvées',
  'search.noResults': 'Aucun résultat pour «\u202f{{query}}\u202f».',
  'search.noResultsFiltered': 'Aucun résultat pour «\u202f{{query}}\u202f» avec ces filtres.',
  'search.unavailable': 'La recherche est indisponible. Parcourez les phases depuis le menu.',
  'search.more': 'Plus de résultats',

  // content checks

  'callout.note': 'Remarque',
  'callout.tip': 'Conseil',
  'callout.important': 'Important',
  'callout.warning': 'Avertissement',
  'callout.caution': 'Attention',

  'code.copy': 'Copier',
  'code.copyLabel': 'Copier le code {{language}}',
  'code.copied': 'Copié',
  'code.copyFailed': 'Copie impossible\u202f: sélectionnez le texte',

  'heading.anchor': 'Lien vers cette section',

  'root.title': 'Choisissez votre langue',
  'root.lead': 'Ce guide est disponible en français et en anglais.',
  'root.go': 'Lire le guide en français',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page du guide. Elle a peut-être été déplacée, ou mal saisie.',
  'notFound.home': 'Retour à l’accueil du guide',
} as const;

export type UIKey = keyof typeof fr;
export type Dictionary = Readonly<Record<UIKey, string>>;

export default fr satisfies Dictionary;
