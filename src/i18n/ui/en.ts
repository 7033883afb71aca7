/** English UI strings. Must have exactly the keys of the French reference dictionary (`fr.ts`). */
import type { Dictionary } from './fr.ts';

const en = {
  'site.skipToContent': 'Skip to content',
  'site.mainNav': 'Main navigation',
  'site.menu': 'Menu',
  'site.footer': 'Migration runbook, built from validated phase documents.',

  'lang.switcher': 'Language',
  'lang.readIn': 'Read this page in {{language}}',

  'theme.label': 'Theme',
  'theme.auto': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'nav.phases': 'Phases',
  'nav.home': 'Guide home',
  'nav.onThisPage': 'On this page',
  'nav.overview': 'Overview',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.pagination': 'Previous and next pages',
  'nav.current': 'current page',

  'phase.number': 'Phase {{number}}',
  'phase.before': 'Before you begin',
  'phase.duration': 'Estimated time',
  'phase.roles': 'Roles',
  'phase.prerequisites': 'Prerequisites',
  'phase.noPrerequisites': 'None',
  'phase.tools': 'Tools',
  'phase.updated': 'Updated',
  'phase.details': 'At a glance',
  'phase.steps': '{{count}} steps',

  'home.phasesHeading': 'The migration phases',
  'home.start': 'Start with “{{title}}”',

  'checklist.verify': 'Check:',
  'checklist.heading': 'Checklist',

  // glossary
  'glossary.title': 'Glossary',
  'glossary.lead': 'The terms this guide uses, and what they mean.',
  'nav.glossary': 'Glossary',
  'nav.guide': 'The guide',

  // checklist (progress, print)
  'nav.checklists': 'Printable checklists',
  'checklist.progress': 'Steps: {{done}} of {{total}}',
  'checklist.progressLabel': 'Phase progress',
  'checklist.guideProgress': 'Whole guide: {{done}} of {{total}} steps ticked',
  'checklist.guideProgressLabel': 'Guide progress',
  'checklist.phaseComplete': 'Phase complete',
  'checklist.pendingPrerequisites': 'Finish first:',
  'checklist.tickedAt': 'Ticked {{date}}',
  'checklist.print': 'Print the checklist',
  'checklist.reset': 'Untick all',
  'checklist.resetQuestion': 'Untick every step of this phase? You can bring the ticks back right after.',
  'checklist.resetConfirm': 'Untick all',
  'checklist.resetCancel': 'Keep the ticks',
  'checklist.resetDone': 'The steps of this phase were unticked.',
  'checklist.undo': 'Bring the ticks back',
  'checklist.undone': 'Ticks restored.',
  'checklist.storageUnavailable': 'This browser does not keep progress (storage disabled, private browsing or storage full): ticks will be lost when the page is closed.',
  'checklist.storageUnreadable': 'The saved progress could not be read in full. The original is kept, untouched, in the browser’s storage under the key “{{key}}”.',
  'checklist.storageUnreadableLeft': 'The saved progress could not be read. It is left untouched in the browser’s storage.',
  'sheet.title': 'Sign-off sheet',
  'sheet.allTitle': 'Printable checklists',
  'sheet.allLead': 'The sign-off sheets of every phase in one document, each phase on a new page.',
  'sheet.back': 'Back to the phase',
  'sheet.print': 'Print',
  'sheet.withProgress': 'Print the current progress (ticked steps, with their date and time)',
  'sheet.progressAsOf': 'Progress as of {{date}}',
  'sheet.version': 'Document version',
  'sheet.changeRef': 'Change reference',
  'sheet.colNumber': 'No.',
  'sheet.colDone': 'Done',
  'sheet.colStep': 'Step',
  'sheet.colVerify': 'Verification',
  'sheet.colRole': 'Role',
  'sheet.colDuration': 'Time',
  'sheet.colDate': 'Date and time',
  'sheet.colInitials': 'Initials',
  'sheet.remarks': 'Remarks and deviations',
  'sheet.signOff': 'Sign-off',
  'sheet.operator': 'Operator',
  'sheet.approver': 'Approver',
  'sheet.name': 'Name',
  'sheet.date': 'Date',
  'sheet.signature': 'Signature',
  'sheet.none': 'No phase has a checklist yet.',

  // search

  // content checks
  'translation.outdated': 'This page may not reflect the latest changes to the {{language}} version.',
  'translation.readNewer': 'Read the {{language}} version',
  'translation.language.fr': 'French',
  'translation.language.en': 'English',

  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.important': 'Important',
  'callout.warning': 'Warning',
  'callout.caution': 'Caution',

  'code.copy': 'Copy',
  'code.copyLabel': 'Copy the {{language}} code',
  'code.copied': 'Copied',
  'code.copyFailed': 'Could not copy: select the text instead',

  'heading.anchor': 'Link to this section',

  'root.title': 'Choose your language',
  'root.lead': 'This guide is available in French and in English.',
  'root.go': 'Read the guide in English',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address matches no page of the guide. It may have moved, or been mistyped.',
  'notFound.home': 'Back to the guide home',
} as const satisfies Dictionary;

export default en;
