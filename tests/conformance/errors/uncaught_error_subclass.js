// Ends with an uncaught instance of an Error subclass.
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
  }
}
function validate(age) {
  if (age < 0) throw new ValidationError('age must be non-negative, got ' + age);
  return age;
}
console.log('valid:', validate(30));
try {
  validate(-5);
} catch (e) {
  console.log('caught once:', e.name, e.message);
}
console.log('now without a handler');
validate(-1);
console.log('never printed');
