export type Repo = { id: number; full_name: string; clone_url: string; active: boolean };
export type Pipeline = { id: number; number: number; event: string; status: string; commit: string; branch: string };
export type Agent = { id: number; name: string; backend: string; capacity: number; last_contact: number };
