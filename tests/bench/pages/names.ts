/** What the bench and its pages agree on; no imports, so Node can load it too. */
export const LARGEST_ID = 'bench-largest';
export const LARGEST_NAME = 'Benchmark Largest';
export const LONG_LENGTH = 10_000;
