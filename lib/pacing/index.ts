export * from './pace';
export * from './phrase';
export * from './snapshot';
export * from './timer';
