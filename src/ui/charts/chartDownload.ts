/**
 * Saves a drawn chart as SVG or PNG. The SVG is the chart's own markup under
 * a heading with its title and legend, on a background; the PNG draws that SVG onto a canvas at
 * twice the size, for sharp slides.
 */
import { saveBlob } from '../files/saveBlob';
import { chartHeading, type LegendEntry } from './chartHeading';

const SVG_NS = 'http://www.w3.org/2000/svg';

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The chart as a file: its title and legend drawn above the plot (they are HTML on the page), on the panel's background. */
function standaloneSvg(svg: SVGSVGElement, title: string, legend: readonly LegendEntry[]): { text: string; width: number; height: number } {
  const plot = svg.cloneNode(true) as SVGSVGElement;
  const width = svg.clientWidth || Number(svg.getAttribute('width')) || 600;
  const plotHeight = svg.clientHeight || Number(svg.getAttribute('height')) || 300;
  const heading = chartHeading(title, legend, width);
  const height = plotHeight + heading.height;
  const styles = getComputedStyle(svg);
  const textColour = getComputedStyle(document.body).getPropertyValue('--fg').trim() || '#1b1f24';
  const root = element('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': styles.fontFamily || 'system-ui, sans-serif', 'font-size': 12 }) as SVGSVGElement;
  root.append(element('title', {}, title));
  root.append(element('rect', { width: '100%', height: '100%', fill: getComputedStyle(document.body).getPropertyValue('--panel').trim() || '#ffffff' }));
  root.append(element('text', { x: heading.title.x, y: heading.title.y, 'font-weight': 600, 'font-size': 13, fill: textColour }, title));
  for (const entry of heading.entries) {
    root.append(element('line', { x1: entry.x, x2: entry.x + 18, y1: entry.y - 4, y2: entry.y - 4, stroke: entry.color, 'stroke-width': 2, ...(entry.dashed ? { 'stroke-dasharray': '5 3' } : {}) }));
    root.append(element('text', { x: entry.x + 22, y: entry.y, 'font-size': 11, fill: textColour }, entry.label));
  }
  plot.setAttribute('x', '0');
  plot.setAttribute('y', String(heading.height));
  plot.setAttribute('width', String(width));
  plot.setAttribute('height', String(plotHeight));
  // Marker tags near the plot's top sit above it: let them show rather than be cut at the plot's edge.
  plot.setAttribute('overflow', 'visible');
  root.append(plot);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

export function fileNameFor(title: string, extension: 'svg' | 'png'): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `plateau-${slug || 'chart'}.${extension}`;
}

export function downloadSvg(svg: SVGSVGElement, title: string, legend: readonly LegendEntry[]): void {
  const { text } = standaloneSvg(svg, title, legend);
  saveBlob(new Blob([text], { type: 'image/svg+xml' }), fileNameFor(title, 'svg'));
}

export async function downloadPng(svg: SVGSVGElement, title: string, legend: readonly LegendEntry[]): Promise<void> {
  const { text, width, height } = standaloneSvg(svg, title, legend);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart to an image.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('This browser could not encode the PNG.');
  saveBlob(blob, fileNameFor(title, 'png'));
}
