/** `/quan-tri/nguoi-dung`: the accounts a person manages, and one account's page. */
export const PEOPLE = '/quan-tri/nguoi-dung';
export const personPath = (username: string) => `${PEOPLE}/${encodeURIComponent(username)}`;
