/**
 * Whether the screen a chart is on is laid out aside rather than shown (app/KeptScreens): a screen kept
 * while another shows, or drawn ahead. Its charts are drawn after everything the page shows.
 */
import { createContext } from 'react';

export const ScreenAside = createContext(false);
