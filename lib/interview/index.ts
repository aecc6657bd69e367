export * from './answer-keys';
export * from './clock';
export * from './entry';
export * from './fields';
export * from './merge';
export * from './quote';
export * from './schema';
export * from './update';
