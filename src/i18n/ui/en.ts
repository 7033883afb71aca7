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

  // search
  'search.label': 'Search the guide',
  'search.placeholder': 'Search',
  'search.shortcut': 'Ctrl K',
  'search.shortcutMac': '⌘ K',
  'search.help': 'Enter opens the first result, arrow keys move through the results, Escape closes the list.',
  'search.results': 'Search results',
  'search.allLanguages': 'Also search in {{languages}}',
  'search.phase': 'Phase',
  'search.allPhases': 'All phases',
  'search.role': 'Role',
  'search.allRoles': 'All roles',
  'search.countOne': '{{count}} page found',
  'search.countOther': '{{count}} pages found',
  'search.noResults': 'No results for “{{query}}”.',
  'search.noResultsFiltered': 'No results for “{{query}}” with these filters.',
  'search.unavailable': 'Search is unavailable. Browse the phases from the menu.',
  'search.more': 'More results',

  // content checks

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
