console.log(JSON.stringify({}));
