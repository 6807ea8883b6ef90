/** Where a composer page's skip link lands: the composer's form carries this id. */
export const COMPOSER_ANCHOR = "composer";
/** Where every other page's skip link lands: the layout's <main>. */
export const MAIN_ANCHOR = "main";
