/**
 * viz/palette — colours for communities and actor types, readable on the dark canvas.
 * Communities beyond the palette share one muted colour: twelve hues is about what eyes separate.
 */
import type { ActorType } from '../src/types.js';

export const COMMUNITY_COLORS = [
  '#4e9af1', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2',
  '#edc948', '#ff9da7', '#9c755f', '#8cd17d', '#d37295', '#a0cbe8',
];
export const OTHER_COLOR = '#7f8793';

export const TYPE_COLORS: Record<ActorType, string> = {
  country: '#4e9af1', organization: '#f28e2b', person: '#e15759',
  group: '#b07aa1', location: '#59a14f', other: '#9aa3ad',
};

export const FADED_NODE = '#2b313b';
export const FADED_EDGE = '#242a33';
export const EDGE_COLOR = '#5d6b80';
export const EDGE_HIGHLIGHT = '#c9d3e0';
export const NEGATED_EDGE = '#c0504d';
