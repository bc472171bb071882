import type { RenderedChart } from '../charts/spec.ts';
import { progressToBar } from '../charts/progress-bar.ts';
import { readingsToTimeSeries } from '../charts/time-series.ts';
import { formatDateZh } from '../format/dates.ts';
import { formatNumberZh } from '../format/numbers.ts';
import { UNITS } from '../format/units.ts';
import type { TrackedTarget, Tracker } from './tracker.ts';

/** The progress bar and time series of one target, when it has readings. */
export function targetCharts(tracker: Tracker, t: TrackedTarget): { bar: RenderedChart; series: RenderedChart } | undefined {
  const { latest, readings } = t.assessment;
  if (!latest) return undefined;
  const unit = UNITS[t.target.unit];
  const table = {
    head: ['读数日期', '数值', '来源', '备注'],
    rows: readings.map((r) => [formatDateZh(r.date), `${unit.before}${formatNumberZh(r.value)}${unit.after}`, r.source, r.note ?? '']),
  };
  const dataset = tracker.progressDataset;
  const barId = `progress-${t.target.key}`;
  const seriesId = `progress-${t.target.key}-series`;
  return {
    bar: { id: barId, title: `${t.target.metric}：进度`, dataset, table, svg: progressToBar(t.target, latest, { id: barId, title: `${t.target.metric}：进度` }) },
    series: {
      id: seriesId,
      title: `${t.target.metric}：读数变化`,
      dataset,
      table,
      svg: readingsToTimeSeries(t.target, readings, { id: seriesId, title: `${t.target.metric}：读数变化`, start: `${t.deadline.slice(0, 4)}-01-01`, end: t.deadline }),
    },
  };
}
