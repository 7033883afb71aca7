/**
 * French UI strings: the reference dictionary. Every other language must have exactly these keys
 * (checked by the type of `en.ts` and by tests/unit/i18n.test.ts).
 * Keys are flat and dotted (`area.name`); `{{name}}` marks a placeholder.
 * French typography: a narrow no-break space (U+202F) before `: ; ! ?` and inside « ».
 */
const fr = {
  // The page frame: header, language switcher, theme picker, footer
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

  // Navigation: sidebar, table of contents, previous/next
  'nav.phases': 'Phases',
  'nav.onThisPage': 'Sur cette page',
  'nav.overview': 'Vue d’ensemble',
  'nav.previous': 'Précédent',
  'nav.next': 'Suivant',
  'nav.pagination': 'Pages précédente et suivante',
  'nav.glossary': 'Glossaire',
  'nav.guide': 'Le guide',
  'nav.checklists': 'Listes à imprimer',

  // Phase pages, the home and the glossary
  'phase.number': 'Phase {{number}}',
  'phase.before': 'Avant de commencer',
  'phase.duration': 'Durée estimée',
  'phase.roles': 'Rôles',
  'phase.prerequisites': 'Prérequis',
  'phase.noPrerequisites': 'Aucun',
  'phase.tools': 'Outils',
  'phase.updated': 'Mis à jour le',
  'phase.details': 'En bref',
  'phase.steps.one': '{{count}} étape',
  'phase.steps.other': '{{count}} étapes',
  'home.phasesHeading': 'Les phases de la migration',
  'glossary.title': 'Glossaire',
  'glossary.lead': 'Les termes employés dans ce guide et leur définition.',

  // Checklists and progress
  'checklist.verify': 'Vérification\u202f:',
  'checklist.progress': 'Étapes\u202f: {{done}} sur {{total}}',
  'checklist.progressLabel': 'Progression de la phase',
  'checklist.notApplicableCount': '· {{count}} sans objet',
  'checklist.guideProgress.one': 'Ensemble du guide\u202f: {{done}} étape cochée sur {{total}}',
  'checklist.guideProgress.other': 'Ensemble du guide\u202f: {{done}} étapes cochées sur {{total}}',
  'checklist.guideProgressLabel': 'Progression du guide',
  'checklist.phaseComplete': 'Phase terminée',
  'checklist.pendingPrerequisites': 'À terminer d’abord\u202f:',
  'checklist.phasePendingPrerequisites': 'Prérequis non terminés\u202f:',
  'checklist.tickedAt': 'Cochée le {{date}}',
  'checklist.notApplicable': 'Sans objet',
  'checklist.notApplicableShort': 'Sans objet',
  'checklist.notApplicableAt': 'Marquée sans objet le {{date}}',
  'checklist.noScript': 'Cocher les étapes demande JavaScript\u202f; la feuille de validation s’imprime sans.',
  'checklist.print': 'Imprimer la liste de contrôle',
  'checklist.reset': 'Tout décocher',
  'checklist.resetQuestion': 'Décocher toutes les étapes de cette phase et retirer ses mentions «\u202fsans objet\u202f»\u202f? Vous pourrez tout rétablir juste après.',
  'checklist.resetConfirm': 'Tout décocher',
  'checklist.resetCancel': 'Garder les coches',
  'checklist.resetDone': 'Les étapes de cette phase ont été décochées, et leurs mentions «\u202fsans objet\u202f» retirées.',
  'checklist.undo': 'Rétablir les coches',
  'checklist.undone': 'Coches rétablies.',
  'checklist.storageUnavailable': 'Ce navigateur n’enregistre pas la progression (stockage désactivé, navigation privée ou espace plein)\u202f: les cases cochées seront perdues à la fermeture de la page.',
  'checklist.storageUnreadable': 'La progression enregistrée n’a pas pu être lue\u202f: aucune étape n’a pu en être récupérée. L’original est conservé intact dans le stockage local de ce navigateur (visible dans ses outils de développement), sous la clé «\u202f{{key}}\u202f». Notez cette clé\u202f: ce message ne s’affichera plus.',
  'checklist.storageUnreadablePartial.one': 'La progression enregistrée n’a pu être lue qu’en partie\u202f: {{count}} étape a été récupérée. L’original est conservé intact dans le stockage local de ce navigateur (visible dans ses outils de développement), sous la clé «\u202f{{key}}\u202f». Notez cette clé\u202f: ce message ne s’affichera plus.',
  'checklist.storageUnreadablePartial.other': 'La progression enregistrée n’a pu être lue qu’en partie\u202f: {{count}} étapes ont été récupérées. L’original est conservé intact dans le stockage local de ce navigateur (visible dans ses outils de développement), sous la clé «\u202f{{key}}\u202f». Notez cette clé\u202f: ce message ne s’affichera plus.',
  'checklist.storageUnreadableLeft': 'La progression enregistrée n’a pas pu être lue. Elle est laissée intacte dans le stockage local de ce navigateur, sous la clé «\u202f{{key}}\u202f».',

  // Printable sign-off sheets
  'sheet.title': 'Feuille de validation',
  'sheet.allTitle': 'Listes de contrôle à imprimer',
  'sheet.allLead': 'Les feuilles de validation de toutes les phases en un seul document, chaque phase sur une nouvelle page.',
  'sheet.back': 'Retour à la phase',
  'sheet.print': 'Imprimer',
  'sheet.withProgress': 'Imprimer la progression actuelle (étapes cochées ou sans objet, avec leur date et heure)',
  'sheet.progressAsOf': 'Progression au {{date}}',
  'sheet.version': 'Version du document',
  'sheet.changeRef': 'Référence du changement',
  'sheet.colNumber': 'N°',
  'sheet.colDone': 'Fait',
  'sheet.colStep': 'Étape',
  'sheet.colVerify': 'Vérification',
  'sheet.colRole': 'Rôle',
  'sheet.colDuration': 'Durée',
  'sheet.colDate': 'Date et heure',
  'sheet.colInitials': 'Visa',
  'sheet.remarks': 'Observations et écarts',
  'sheet.signOff': 'Validation',
  'sheet.operator': 'Opérateur',
  'sheet.approver': 'Approbateur',
  'sheet.name': 'Nom',
  'sheet.date': 'Date',
  'sheet.signature': 'Signature',
  'sheet.none': 'Aucune phase n’a encore de liste de contrôle.',

  // Search
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

  // Notice on a page whose other-language version is newer
  'translation.outdated': 'Cette page ne reflète peut-être pas les dernières modifications de la version {{language}}.',
  'translation.readNewer': 'Lire la version {{language}}',
  'translation.language.fr': 'française',
  'translation.language.en': 'anglaise',

  // Made by the Markdown plugins: callout titles, code blocks
  'callout.note': 'Remarque',
  'callout.tip': 'Conseil',
  'callout.important': 'Important',
  'callout.warning': 'Avertissement',
  'callout.caution': 'Attention',
  'code.copy': 'Copier',
  'code.copyLabel': 'Copier le code {{language}}',
  'code.copied': 'Copié',
  'code.copyFailed': 'Copie impossible\u202f: sélectionnez le texte',

  // The root language page and the not-found page
  'root.lead': 'Ce guide est disponible en français et en anglais.',
  'root.go': 'Lire le guide en français',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page du guide. Elle a peut-être été déplacée, ou mal saisie.',
  'notFound.home': 'Retour à l’accueil du guide',
} as const;

export type UIKey = keyof typeof fr;
export type Dictionary = Readonly<Record<UIKey, string>>;

export default fr satisfies Dictionary;
