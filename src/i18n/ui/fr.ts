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
  'site.version': 'Version {{version}} du guide',
  'changes.title': 'Historique des versions',
  'changes.lead': 'Ce qui a changé dans le guide, édition par édition, de la plus récente à la plus ancienne.',
  'changes.current': 'édition en cours',
  'changes.released': 'Publiée le {{date}}',
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
  'nav.plan': 'Plan',
  'nav.backToTop': 'Haut de page',

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
  'checklist.when': 'Uniquement si',
  'checklist.progress': 'Étapes\u202f: {{done}} sur {{total}}',
  'checklist.progressLabel': 'Progression de la phase',
  'checklist.notApplicableCount.one': '({{count}} sans objet)',
  'checklist.notApplicableCount.other': '({{count}} sans objet)',
  'checklist.guideProgress.one': 'Ensemble du guide\u202f: {{done}} étape cochée sur {{total}}',
  'checklist.guideProgress.other': 'Ensemble du guide\u202f: {{done}} étapes cochées sur {{total}}',
  'checklist.guideProgressLabel': 'Progression du guide',
  'checklist.resumeStart': 'Commencer par {{phase}}, étape {{step}} sur {{steps}}',
  'checklist.resumeContinue': 'Reprendre où vous en étiez\u202f: {{phase}}, étape {{step}} sur {{steps}}',
  'checklist.resumeDone': 'Toutes les étapes sont cochées ou sans objet\u202f: le guide est terminé.',
  'checklist.status.done': 'terminée',
  'checklist.status.started': 'commencée',
  'checklist.status.notStarted': 'non commencée',
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
  'checklist.resetQuestion':
    'Décocher toutes les étapes de cette phase et retirer ses mentions «\u202fsans objet\u202f»\u202f? Vous pourrez tout rétablir juste après.',
  'checklist.resetConfirm': 'Tout décocher',
  'checklist.resetCancel': 'Garder les coches',
  'checklist.resetDone':
    'Les étapes de cette phase ont été décochées, et leurs mentions «\u202fsans objet\u202f» retirées.',
  'checklist.resetDoneTicks': 'Les étapes de cette phase ont été décochées.',
  'checklist.undo': 'Rétablir les coches',
  'checklist.undone': 'Coches rétablies.',
  'checklist.storageUnavailable':
    'Ce navigateur n’enregistre pas la progression (stockage désactivé, navigation privée ou espace plein)\u202f: les cases cochées seront perdues à la fermeture de la page.',
  'checklist.storageUnreadable':
    'La progression enregistrée n’a pas pu être lue\u202f: aucune étape n’a pu en être récupérée. L’original est conservé intact dans le stockage local de ce navigateur (visible dans ses outils de développement), sous la clé «\u202f{{key}}\u202f». Notez cette clé\u202f: ce message ne s’affichera plus.',
  'checklist.storageUnreadablePartial.one':
    'La progression enregistrée n’a pu être lue qu’en partie\u202f: {{count}} étape a été récupérée. L’original est conservé intact dans le stockage local de ce navigateur (visible dans ses outils de développement), sous la clé «\u202f{{key}}\u202f». Notez cette clé\u202f: ce message ne s’affichera plus.',
  'checklist.storageUnreadablePartial.other':
    'La progression enregistrée n’a pu être lue qu’en partie\u202f: {{count}} étapes ont été récupérées. L’original est conservé intact dans le stockage local de ce navigateur (visible dans ses outils de développement), sous la clé «\u202f{{key}}\u202f». Notez cette clé\u202f: ce message ne s’affichera plus.',
  'checklist.storageUnreadableLeft':
    'La progression enregistrée n’a pas pu être lue. Elle est laissée intacte dans le stockage local de ce navigateur, sous la clé «\u202f{{key}}\u202f».',
  // Team runs shared through the intranet's web server (team.json)
  'team.label': 'Partage d’équipe',
  'team.sharing': 'Partage avec l’équipe en cours…',
  'team.shared': 'Dernier partage avec l’équipe\u202f: {{time}}.',
  'team.never': 'Ce parcours n’a pas encore été partagé avec l’équipe.',
  'team.notNow':
    'Partage impossible pour l’instant\u202f: {{reason}} Vos marques restent dans ce navigateur et seront partagées dès que le serveur répondra.',
  'team.reason.offline': 'le serveur est injoignable (hors ligne\u202f?).',
  'team.reason.unauthorized':
    'le serveur a refusé l’identification (401). Connectez-vous à l’intranet dans ce navigateur, puis rechargez la page.',
  'team.reason.forbidden':
    'le serveur refuse l’accès au dossier d’équipe (403)\u202f: demandez un accès en écriture à qui héberge le guide.',
  'team.reason.notFound': 'le dossier d’équipe n’existe pas sur le serveur (404).',
  'team.reason.server': 'le serveur a rencontré une erreur (5xx).',
  'team.reason.timeout': 'le serveur n’a pas répondu à temps.',
  'team.reason.refused': 'le serveur a refusé la requête (WebDAV est-il activé sur le dossier d’équipe\u202f?).',
  'team.ignored':
    'Fichiers du dossier d’équipe ignorés, endommagés ou qui ne sont pas une progression d’équipe (rien n’en a été fusionné)\u202f: {{files}}.',
  'team.invalid': 'Le partage d’équipe est désactivé, son fichier de configuration n’est pas valide\u202f: {{detail}}',

  'checklist.file.heading': 'Reprendre sa progression ailleurs',
  'checklist.file.help':
    'Les coches ne sont conservées que dans ce navigateur. Pour les retrouver sur un autre poste, ou en garder une copie avant d’effacer les données du navigateur, enregistrez-les dans un fichier, puis chargez ce fichier là où vous reprenez. Le chargement ajoute les marques du fichier aux étapes qui n’en ont pas ici\u202f: il ne modifie ni n’efface aucune de celles de ce navigateur.',
  'checklist.file.save': 'Enregistrer la progression dans un fichier',
  'checklist.file.load': 'Charger une progression enregistrée',
  'checklist.file.noScript': 'Enregistrer et charger la progression nécessite JavaScript, comme cocher les étapes.',
  'checklist.file.namePrefix': 'progression',
  'checklist.file.saved.one':
    'Progression enregistrée dans le fichier «\u202f{{file}}\u202f»\u202f: {{count}} étape marquée.',
  'checklist.file.saved.other':
    'Progression enregistrée dans le fichier «\u202f{{file}}\u202f»\u202f: {{count}} étapes marquées.',
  'checklist.file.savedEmpty':
    'Aucune étape n’est marquée dans ce navigateur\u202f: le fichier «\u202f{{file}}\u202f» ne contient aucune progression.',
  'checklist.file.added.one': '{{count}} étape reprise du fichier.',
  'checklist.file.added.other': '{{count}} étapes reprises du fichier.',
  'checklist.file.differing.one': '{{count}} étape marquée autrement dans ce navigateur est restée telle quelle.',
  'checklist.file.differing.other':
    '{{count}} étapes marquées autrement dans ce navigateur sont restées telles quelles.',
  'checklist.file.invalid':
    'Ce fichier n’est pas une progression enregistrée depuis ce guide, ou il est endommagé\u202f: rien n’a été modifié.',
  'checklist.file.foreign': 'Ce fichier ne contient aucune étape de ce guide\u202f: rien n’a été modifié.',
  'checklist.file.empty': 'Ce fichier ne contient aucune étape marquée\u202f: rien n’a été modifié.',
  'checklist.file.nothingNew':
    'Toutes les étapes marquées dans ce fichier le sont déjà dans ce navigateur\u202f: rien n’a été modifié.',

  // Runs: named executions of the guide, each with its marks, evidence, values and log
  'run.label': 'Exécution',
  'run.default': 'Exécution principale',
  'run.menu': 'Exécutions',
  'run.new': 'Nouvelle exécution…',
  'run.rename': 'Renommer…',
  'run.delete': 'Supprimer…',
  'run.newTitle': 'Nouvelle exécution',
  'run.renameTitle': 'Renommer l’exécution',
  'run.name': 'Nom (par exemple «\u202fPool de Paris – répétition\u202f»)',
  'run.copyValues': 'Reprendre les valeurs de l’environnement de',
  'run.copyNone': 'aucune exécution (valeurs vides)',
  'run.who': 'Vos initiales ou votre nom (signent vos marques)',
  'evidence.title': 'Résultat de l’étape',
  'evidence.edit': 'Résultat et note de l’étape',
  'evidence.note': 'Note (remarque, raison, ce qui a échoué)',
  'evidence.save': 'Enregistrer',
  'evidence.failedAt': 'En échec le {{date}}',
  'evidence.failedSteps': 'Étapes en échec\u202f:',
  'changed.flag': 'Texte modifié depuis que vous avez marqué l’étape.',
  'changed.before': 'Quand vous l’avez marquée\u202f:',
  'changed.now': 'Maintenant\u202f:',
  'changed.confirm': 'Confirmer le nouveau texte',
  'run.create': 'Créer',
  'run.save': 'Enregistrer',
  'run.cancel': 'Annuler',
  'run.deleteQuestion':
    'Supprimer l’exécution «\u202f{{name}}\u202f»\u202f? Ses marques, ses valeurs et son journal ne seront plus affichés.',
  'run.deleteConfirm': 'Supprimer',
  'run.deleted': 'Exécution «\u202f{{name}}\u202f» supprimée.',
  'run.undoDelete': 'Annuler la suppression',
  'run.restored': 'Exécution «\u202f{{name}}\u202f» rétablie.',
  'run.lastOne': 'C’est la seule exécution\u202f: elle ne peut pas être supprimée.',
  'run.csv': 'Exporter l’exécution en CSV',
  'run.csvHeadings': 'Exécution|Phase|Étape|Identifiant de l’étape|Libellé|État|Résultat|Qui|Quand|Note',
  'run.csvSeparator': ';',
  'run.csvFilePrefix': 'execution',
  'outcome.open': 'ouverte',
  'outcome.marked': 'marquée',
  'outcome.done': 'faite',
  'outcome.remark': 'faite avec une remarque',
  'outcome.failed': 'en échec',
  'outcome.not-applicable': 'sans objet',
  'checklist.storageNewer':
    'La progression enregistrée vient d’une version plus récente de ce site (format {{version}})\u202f: elle est affichée sans être modifiée, et ce que vous changez sur cette page ne sera pas enregistré.',
  'checklist.storageNearlyFull':
    'La progression occupe presque tout l’espace que ce navigateur accorde au site\u202f: enregistrez-la dans un fichier et supprimez les exécutions terminées avant qu’un enregistrement échoue.',
  'checklist.file.runsAdded.one': '{{count}} exécution ajoutée depuis le fichier.',
  'checklist.file.runsAdded.other': '{{count}} exécutions ajoutées depuis le fichier.',

  // La page du plan : effort, rôles, attentes, prérequis
  'plan.title': 'Plan\u202f: effort, rôles et attentes',
  'plan.lead':
    'Le temps de travail de tout le guide d’après la durée estimée de ses étapes, qui travaille dans quelle phase, le temps calendaire passé à attendre, et l’ordre que suivent les phases.',
  'plan.homeLink':
    'Planifier la migration\u202f: effort total, effort par phase et par rôle, attentes et chaîne des prérequis',
  'plan.summary': 'En bref',
  'plan.totalEffort': 'Effort total',
  'plan.phaseCount.one': '{{count}} phase',
  'plan.phaseCount.other': '{{count}} phases',
  'plan.totalWait': 'Attentes calendaires',
  'plan.notEffort': 'non comptées dans l’effort',
  'plan.longest': 'Chaîne la plus longue',
  'plan.longestValue': '{{effort}} de travail et {{wait}} d’attente',
  'plan.byPhase': 'Effort par phase',
  'plan.byRole': 'Effort par rôle',
  'plan.matrix': 'Rôles × phases',
  'plan.matrixLead':
    'Le temps de travail de chaque rôle dans chaque phase\u202f; les colonnes sont les phases, par numéro.',
  'plan.waits': 'Attentes',
  'plan.waitsLead':
    'Le temps calendaire qu’une étape prend une fois son travail fait\u202f: personne ne travaille, mais l’étape suivante attend. Placez les fenêtres de changement en conséquence.',
  'plan.noWaits': 'Aucune étape de ce guide ne déclare d’attente.',
  'plan.chain': 'Chaîne des prérequis',
  'plan.chainLead':
    'Chaque phase commence une fois terminées les phases qu’elle requiert. La chaîne la plus longue fixe le calendrier le plus court possible\u202f:',
  'plan.colPhase': 'Phase',
  'plan.colEffort': 'Effort',
  'plan.colSteps': 'Étapes',
  'plan.colWaits': 'Attentes',
  'plan.colRole': 'Rôle',
  'plan.colShare': 'Part',
  'plan.colStep': 'Étape',
  'plan.colWait': 'Attente',
  'plan.colReason': 'Motif',
  'plan.colAfter': 'Après',
  'plan.total': 'Total',
  'plan.unassigned': 'Sans rôle indiqué',
  'plan.none': '—',
  'plan.stepOf': '{{phase}}, étape {{step}}',

  // Printable sign-off sheets
  'sheet.title': 'Feuille de validation',
  'sheet.allTitle': 'Listes de contrôle à imprimer',
  'sheet.allLead':
    'Les feuilles de validation de toutes les phases en un seul document, chaque phase sur une nouvelle page.',
  'sheet.back': 'Retour à la phase',
  'sheet.print': 'Imprimer',
  'sheet.forPaper':
    'Cette feuille est faite pour le papier\u202f: ses cases se cochent au stylo. Dans le navigateur, les étapes se cochent sur la page de chaque phase.',
  'sheet.withProgress': 'Imprimer la progression actuelle (étapes cochées ou sans objet, avec leur date et heure)',
  'sheet.progressAsOf': 'Progression au {{date}}',
  'sheet.version': 'Version du guide',
  'sheet.coverKind': 'Feuilles de validation de toutes les phases',
  'sheet.printedOn': 'Imprimé le',
  'sheet.runName': 'Nom de l’exécution',
  'sheet.summary': 'Récapitulatif des phases',
  'sheet.colPhase': 'Phase',
  'sheet.colSteps': 'Étapes',
  'sheet.colEffort': 'Charge',
  'sheet.colSignOff': 'Validée (visa et date)',
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
  'sheet.end.one': 'Fin de la feuille · étape {{first}}',
  'sheet.end.other': 'Fin de la feuille · étapes {{first}} à {{last}}',
  'sheet.windowTitle': 'Feuille de validation de la fenêtre',
  'sheet.windowOutage': 'Coupure prévue',
  'sheet.windowPhase': 'Phase',

  // Step numbers and change windows
  'steps.number': 'Étape {{number}}',
  'steps.referenceWords': 'étape|étapes',
  'steps.rangeWords': 'à|au',
  'steps.listWords': 'et|ou|puis',
  'window.opens': 'Début de la fenêtre de maintenance',
  'window.closes': 'Fin de la fenêtre de maintenance',
  'window.outage': 'Coupure prévue\u202f:',
  'window.steps': 'Étapes {{first}} à {{last}}',
  'window.sheet': 'Feuille de validation de la fenêtre',
  'window.listHeading': 'Les fenêtres de maintenance',
  'window.listLead':
    'Les étapes qui coupent un service se font dans ces fenêtres, dans cet ordre. Chacune a sa feuille de validation.',

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
  'search.tryOther': 'Chercher en {{languages}}',

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
  'code.wrap': 'Renvoyer à la ligne',
  'code.copyLabel': 'Copier le code {{language}}',
  'code.copied': 'Copié',
  'code.copyFailed': 'Copie impossible\u202f: sélectionnez le texte',

  // The reader's environment: their names in every command
  'environment.title': 'Votre environnement',
  'environment.lead':
    'Saisissez les noms de votre déploiement une fois : chaque commande, chaque étape et chaque feuille de validation du guide les reprend, dans les deux langues. Une valeur est gardée dès qu’elle est valide, dans ce navigateur seulement.',
  'environment.noScript':
    'Remplacer les exemples par vos valeurs nécessite JavaScript. Sans lui, le guide montre les valeurs d’exemple.',
  'environment.link': 'Votre environnement',
  'environment.summary.one': 'Votre environnement\u202f: {{count}} valeur renseignée sur {{total}}',
  'environment.summary.other': 'Votre environnement\u202f: {{count}} valeurs renseignées sur {{total}}',
  'environment.example': 'Exemple\u202f: {{example}}',
  'environment.exampleTitle': '{{label}} (exemple)',
  'environment.saved': 'Valeur enregistrée.',
  'environment.cleared': 'Valeur effacée\u202f: l’exemple est utilisé.',
  'environment.valuesUsed': 'Valeurs utilisées',
  'environment.parameter': 'Paramètre',
  'environment.value': 'Valeur',
  'environment.ofExample': '(exemple)',
  'environment.invalid.empty': 'La valeur est vide.',
  'environment.invalid.tooLong': 'La valeur est trop longue (253 caractères au plus).',
  'environment.invalid.unsafe':
    'La valeur contient un caractère qu’un interpréteur de commandes lirait autrement\u202f: < > " \' ` $ & | ou le point-virgule.',
  'environment.invalid.pattern': 'La valeur n’a pas la forme attendue pour ce paramètre.',
  'environment.invalid.fqdn': 'Attendu\u202f: un nom complet (FQDN), tel que serveur.exemple.fr.',
  'environment.invalid.sip-domain': 'Attendu\u202f: un domaine SIP, tel que exemple.fr.',
  'environment.invalid.sip-address': 'Attendu\u202f: une adresse SIP, telle que prenom.nom@exemple.fr.',
  'environment.invalid.host-name':
    'Attendu\u202f: un nom d’hôte (15 caractères au plus, lettres, chiffres et tirets), tel que SRV01.',
  'environment.invalid.ipv4': 'Attendu\u202f: une adresse IPv4, telle que 192.0.2.10.',
  'environment.invalid.port': 'Attendu\u202f: un numéro de port entre 1 et 65535.',
  'environment.invalid.windows-path': 'Attendu\u202f: un chemin Windows, tel que D:\\Partage.',
  'environment.invalid.unc-path': 'Attendu\u202f: un chemin UNC, tel que \\\\serveur\\partage.',
  'environment.invalid.sql-instance':
    'Attendu\u202f: un serveur SQL et son instance, tel que sql01.exemple.fr\\INSTANCE.',
  'environment.invalid.text': 'La valeur ne doit ni commencer ni finir par une espace.',

  // The root language page and the not-found page
  'root.lead': 'Ce guide est disponible en français et en anglais.',
  'root.go': 'Lire le guide en français',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page du guide. Elle a peut-être été déplacée, ou mal saisie.',
  'notFound.home': 'Retour à l’accueil du guide',

  // The printable book (/{lang}/print/)
  'print.link': 'Imprimer le guide',
  'print.title': 'Le guide complet',
  'print.lead':
    'Tout le guide en une page faite pour l’impression : chaque phase commence sur une nouvelle page, le glossaire est à la fin. Imprimez-la, ou enregistrez-la en PDF, depuis le navigateur.',
  'print.version': 'Version {{version}}',
  'print.updated': 'Mis à jour le {{date}}',
  'print.language': 'Langue : {{language}}',
  'print.contents': 'Sommaire',

  // HOSTING.txt, in the hosting archive (npm run package)
  'hosting.title': 'Héberger le guide « {{guide}} », version {{version}}',
  'hosting.copy':
    'Copiez le contenu du dossier site/ sur le serveur web, dans le dossier servi à l’adresse {{base}} (le chemin donné à la construction ; un autre chemin ne fonctionne pas). Le site est statique : aucune base de données, aucun script serveur, aucune requête vers l’extérieur.',
  'hosting.iis':
    'IIS : web.config (à la racine du site) déclare les types de fichiers (la recherche en a besoin), la page par défaut, les en-têtes de sécurité et le cache. Réglez la page 404 sur le serveur : Pages d’erreurs, 404, Exécuter une URL, {{base}}404.html.',
  'hosting.apache':
    'Apache httpd : .htaccess (à la racine du site). Il faut le module headers (a2enmod headers) et « AllowOverride FileInfo Indexes » (ou All) pour ce dossier.',
  'hosting.nginx': 'nginx : nginx.conf, à inclure dans le bloc server :',
  'hosting.check':
    'Vérifier : ouvrez {{base}}fr/ et {{base}}en/, cherchez un mot dans la recherche, cochez une étape puis rechargez la page (elle reste cochée), ouvrez {{base}}page-inexistante/ (la page 404 répond, avec le statut 404). « curl -I » sur une page montre les en-têtes Content-Security-Policy, X-Content-Type-Options et Referrer-Policy.',
  'hosting.integrity': 'L’empreinte SHA-256 de l’archive est dans le fichier .sha256 qui l’accompagne (sha256sum -c).',
} as const;

export type UIKey = keyof typeof fr;
export type Dictionary = Readonly<Record<UIKey, string>>;

export default fr satisfies Dictionary;
