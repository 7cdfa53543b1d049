import('x');
