/** The pages and anchors the engine adds to every guide, whatever its content. */

/** Pages of the site that are not phase documents; their names cannot be used as phase slugs. */
export const GUIDE_PAGES = ['glossary', 'checklists', 'environment', 'changes'] as const;

/** The anchor of the list of phases that ends the home page, which links may name. */
export const HOME_PHASES_ANCHOR = 'phases';

/** The anchor of the home's "carry your progress in a file" part, which links may name. */
export const HOME_PROGRESS_FILE_ANCHOR = 'progress-file';

/** The anchor of the home's list of change windows (when the guide declares windows.yaml). */
export const HOME_WINDOWS_ANCHOR = 'change-windows';

/** The anchor of the home's runs, planned windows and log (the run board). */
export const HOME_RUN_BOARD_ANCHOR = 'runs-and-log';
