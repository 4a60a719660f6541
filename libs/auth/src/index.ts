// Bearer-token verification, the actor, the guard and the authorisation table
// come in the next commits; the integration tests already check the local realm.
export {};
