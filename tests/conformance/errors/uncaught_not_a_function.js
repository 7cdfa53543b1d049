// Ends with an uncaught "is not a function" TypeError.
var api = {
  fetchUser(id) {
    return { id: id, name: 'user' + id };
  },
};
console.log(api.fetchUser(1));
console.log('typeof api.fetchUsers:', typeof api.fetchUsers);
api.fetchUsers();
console.log('never printed');
