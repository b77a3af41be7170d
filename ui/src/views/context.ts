// What MapView hands to the plug-in snippets (`toolbar`, `panel`) of other
// features, e.g. the editing tools: the live canvas and what it shows.
import type { AccountMap, ViewKind } from '../api';
import type { MapCanvas } from '../map/canvas';

export interface MapContext {
  canvas: MapCanvas | undefined;
  map: AccountMap | null;
  view: ViewKind;
  selectedId: number | null;
  select(personId: number | null): void;
  presenting: boolean;
}
