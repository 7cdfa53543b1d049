var a = new Uint8Array(4);
