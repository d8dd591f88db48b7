// One import point for live queries, so screens re-render when the local store changes.
export { useLiveQuery } from "dexie-react-hooks";
