// The GitHub Action entry point; the Action itself lands with its issue.
export {};
