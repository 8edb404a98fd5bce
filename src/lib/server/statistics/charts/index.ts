// The statistics drawn as scenes of shapes and labels, which the page renders as SVG.
export { flagsByVoivodeshipChart, levelsBySectorChart } from './bars';
export type { Fill, Scene } from './scene';
export { trendByQuarterChart } from './trend';
