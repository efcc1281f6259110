/** A chart's values as a table of buttons, districts by series: the keyboard's way to every figure's source. */

/** One value of a chart as the keyboard table lists it. */
export interface ChartValue {
  row: string;
  column: string;
  /** Observation key; absent for a gap. */
  key?: string;
  text: string;
}

interface ValuesTableProps {
  id?: string;
  className?: string;
  values: ChartValue[];
  onSelect: (key: string) => void;
  words: { district: string; notReported: string };
}

export function ValuesTable({ id, className, values, onSelect, words }: ValuesTableProps) {
  const rows = [...new Set(values.map((v) => v.row))];
  const columns = [...new Set(values.map((v) => v.column))];
  return (
    <table className={className} id={id}>
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
  );
}
