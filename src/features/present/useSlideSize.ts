/** The slide's size: the largest 16:9 box that fits the window. */
import { useEffect, useState } from 'react';
import type { Size } from './useElementSize';

/** The largest 16:9 box that fits the window, following resizes and full screen. */
export function useSlideSize(): Size {
  const measure = (): Size => {
    const width = Math.floor(Math.min(window.innerWidth, (window.innerHeight * 16) / 9));
    return { width, height: Math.floor((width * 9) / 16) };
  };
  const [size, setSize] = useState(measure);
  useEffect(() => {
    const onResize = () => setSize(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
