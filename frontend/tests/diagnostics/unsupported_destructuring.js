var { a, b } = obj;
