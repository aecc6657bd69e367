export * from './pace';
export * from './phrase';
export * from './timer';
