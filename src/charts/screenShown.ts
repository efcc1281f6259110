/**
 * Whether the screen a chart is on shows: false while its screen is kept out of the page (app/KeptScreens),
 * where a chart has no size to be drawn at and waits.
 */
import { createContext } from 'react';

export const ScreenShown = createContext(true);
