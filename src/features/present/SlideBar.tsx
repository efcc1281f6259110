/** The slide's controls for a mouse: previous, the counter, next, full screen and leave; and the number being typed. */
import { useApp } from '../AppContext';

interface SlideBarProps {
  slide: number;
  total: number;
  typed: string;
  fullscreen: boolean;
  onGo: (slide: number) => void;
  onFullscreen: () => void;
  onLeave: () => void;
}

export function SlideBar({ slide, total, typed, fullscreen, onGo, onFullscreen, onLeave }: SlideBarProps) {
  const { t } = useApp();
  return (
    <nav className="slide-bar" aria-label={t.present.label}>
      {typed !== '' && (
        <span className="slide-typed" role="status">
          {t.present.jumpTo(typed)}
        </span>
      )}
      <button
        type="button"
        onClick={() => onGo(slide - 1)}
        disabled={slide <= 1}
        aria-label={t.present.previous}
        title={t.present.previous}
      >
        ←
      </button>
      <span className="slide-counter" data-testid="slide-counter">
        {t.present.counter(slide, total)}
      </span>
      <button
        type="button"
        onClick={() => onGo(slide + 1)}
        disabled={slide >= total}
        aria-label={t.present.next}
        title={t.present.next}
      >
        →
      </button>
      {/* Key caps: they name the key that does the same, and take little room on the slide. */}
      <button
        type="button"
        className="key-cap"
        onClick={onFullscreen}
        aria-pressed={fullscreen}
        aria-label={t.present.fullscreen}
        title={t.present.fullscreen}
      >
        F
      </button>
      <button type="button" className="key-cap" onClick={onLeave} aria-label={t.present.exit} title={t.present.exit}>
        Esc
      </button>
    </nav>
  );
}
