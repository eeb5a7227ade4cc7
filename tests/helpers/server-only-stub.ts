// `server-only` throws outside Next's react-server build; Vitest resolves it to this empty module.
export {};
