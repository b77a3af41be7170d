import { describe, expect, it } from 'vitest';
import type { Scene } from '../map/scene';
import { escapeXml, sceneToSvg } from './svg';

const scene: Scene = {
  x1: 0,
  y1: 0,
  width: 200,
  height: 100,
  nodes: [
    {
      kind: 'person',
      x: 50,
      y: 50,
      width: 40,
      height: 40,
      shape: 'ellipse',
      fill: 'rgb(1,86,79)',
      stroke: '#fff',
      strokeWidth: 1.5,
      dashed: false,
      opacity: 1,
      label: 'Helen <Zhao>\nChief Executive',
      fontSize: 15,
      fontWeight: 'normal',
      textColour: '#1f2933',
      labelAt: 'bottom',
      badge: { text: '+3', ink: '#ffffff' },
    },
  ],
  edges: [{ points: [{ x: 0, y: 0 }, { x: 100, y: 100 }], colour: '#374151', width: 2, dashed: true, arrow: true, opacity: 1, curved: false }],
};

describe('SVG export', () => {
  it('draws nodes, labels, numbers and ties as a standalone SVG', () => {
    const svg = sceneToSvg(scene, 'Arial', 'Lakeshore');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<ellipse');
    expect(svg).toContain('Helen &lt;Zhao&gt;');
    expect(svg).toContain('Chief Executive');
    expect(svg).toContain('>+3<');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('marker-end');
  });

  it('escapes markup in text', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
