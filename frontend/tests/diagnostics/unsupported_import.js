import x from 'y';
