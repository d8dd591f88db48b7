// The typed view of every table. Each migration that adds or changes a table updates this file too.
export interface ServerMetaTable {
  key: string;
  value: string;
}

export interface Database {
  server_meta: ServerMetaTable;
}
