/** The values of a chart slide as a table of buttons: the keyboard's way to every figure's source. */
import { ValuesTable, type ChartValue } from '../../components/ValuesTable';

interface SlideValuesProps {
  id: string;
  values: ChartValue[];
  onSelect: (key: string) => void;
  words: { district: string; notReported: string };
}

export function SlideValues({ id, values, onSelect, words }: SlideValuesProps) {
  return (
    <div className="slide-values" id={id}>
      <ValuesTable values={values} onSelect={onSelect} words={words} />
    </div>
  );
}
