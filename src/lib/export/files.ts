/** Everything that turns a chart into files to download; the Download menu loads it on first use, so pages do not carry it. */
export { chartCsv } from './chartCsv';
export { chartPng, chartSvg } from './chartImage';
export { csvSidecar } from './csvSidecar';
export { saveFile } from './download';
