export const entries = () => [{ soc: '29-2072' }];
