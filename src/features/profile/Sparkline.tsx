/** A figure over the years, drawn small beside its row: gaps open, hedged figures hollow, a change of scope marked. */
import { buildSparkline } from '../../charts/buildSparkline';
import { PALETTE } from '../../charts/theme';
import type { SeriesPoint } from '../../model/buildYearSeries';

const WIDTH = 120;
const HEIGHT = 30;

/** Decorative: the same figures are listed as buttons beside it (YearValues). */
export function Sparkline({ points }: { points: readonly SeriesPoint[] }) {
  const line = buildSparkline(points, WIDTH, HEIGHT, 5);
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT + 12}
      viewBox={`0 0 ${WIDTH} ${HEIGHT + 12}`}
      aria-hidden="true"
    >
      {line.paths.map((path) => (
        <path key={path} d={path} fill="none" stroke={PALETTE[0]} strokeWidth={2} />
      ))}
      {line.years
        .filter((year) => year.gap)
        .map((year) => (
          <line
            key={year.year}
            x1={year.x}
            x2={year.x}
            y1={HEIGHT / 2 - 3}
            y2={HEIGHT / 2 + 3}
            stroke="#8a8a8a"
            strokeWidth={1}
          />
        ))}
      {line.dots.map((dot) => (
        <g key={dot.year}>
          <circle
            cx={dot.x}
            cy={dot.y}
            r={3.5}
            fill={dot.hedged ? '#fff' : PALETTE[0]}
            stroke={PALETTE[0]}
            strokeWidth={1.5}
          />
          {dot.scopeChanged && (
            <path
              d={`M${dot.x - 4} ${dot.y - 6} L${dot.x + 4} ${dot.y - 6} L${dot.x} ${dot.y - 11} Z`}
              fill="#d55e00"
            />
          )}
        </g>
      ))}
      {[line.years[0], line.years.at(-1)].map((year, i) =>
        year ? (
          <text key={i} x={year.x} y={HEIGHT + 11} fontSize={10} fill="#5c5c5c" textAnchor={i === 0 ? 'start' : 'end'}>
            {year.year}
          </text>
        ) : null,
      )}
    </svg>
  );
}
