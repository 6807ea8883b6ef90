/**
 * For a repeated group of fields (a section, a row, a button): its own stacking context, so that Chromium reuses
 * what it painted of the group while a key changes something outside it, instead of repainting the whole form at
 * every frame. For 30 products that more than halved each frame's paint in a Performance trace. Nothing inside such
 * a group may have to overlap the groups after it: a dropdown in one would be painted under the next.
 */
export const PAINTS_ALONE = "isolate";
