var f = async () => 1;
