export * from './arenas';
export * from './clock';
export * from './fields';
export * from './merge';
export * from './needs';
export * from './progress';
export * from './schema';
export * from './update';
