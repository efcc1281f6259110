/** The Traditional → Simplified converter once it has loaded (undefined until then, or when not wanted). */
import { useEffect, useState } from 'react';
import { loadToSimplified, type ToSimplified } from '../../i18n/loadToSimplified';

export function useToSimplified(wanted: boolean): ToSimplified | undefined {
  const [convert, setConvert] = useState<ToSimplified>();
  useEffect(() => {
    if (!wanted || convert) return;
    let live = true;
    loadToSimplified().then((loaded) => live && setConvert(() => loaded));
    return () => {
      live = false;
    };
  }, [wanted, convert]);
  return wanted ? convert : undefined;
}
