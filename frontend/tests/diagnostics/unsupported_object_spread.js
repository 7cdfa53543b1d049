var o = { ...other };
