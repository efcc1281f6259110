/** The values of a chart slide as a table of buttons: the keyboard's way to every figure's source. */
import type { ChartValue } from '../../components/ChartCard';

interface SlideValuesProps {
  id: string;
  values: ChartValue[];
  onSelect: (key: string) => void;
  words: { district: string; notReported: string };
}

export function SlideValues({ id, values, onSelect, words }: SlideValuesProps) {
  const rows = [...new Set(values.map((v) => v.row))];
  const columns = [...new Set(values.map((v) => v.column))];
  return (
    <div className="slide-values" id={id}>
      <table>
        <thead>
          <tr>
            <th scope="col">{words.district}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {columns.map((column) => {
                const value = values.find((v) => v.row === row && v.column === column);
                return (
                  <td key={column}>
                    {value?.key ? (
                      <button type="button" className="value-button" onClick={() => onSelect(value.key!)}>
                        {value.text}
                      </button>
                    ) : (
                      <span className="gap">{words.notReported}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
