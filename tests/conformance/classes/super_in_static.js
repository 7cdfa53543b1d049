// super in static methods refers to the parent class (constructor chain).
class Model {
  static create(data) {
    var m = new this();
    m.data = data;
    return m;
  }
  static describe() {
    return 'Model class ' + this.name;
  }
  static get table() {
    return 'models';
  }
}

class User extends Model {
  static create(data) {
    var u = super.create(data);
    u.role = 'user';
    return u;
  }
  static describe() {
    return 'User<' + super.describe() + '>';
  }
  static get table() {
    return 'users_of_' + super.table;
  }
}

class Admin extends User {
  static create(data) {
    var a = super.create(data);
    a.role = 'admin';
    return a;
  }
}

var a = Admin.create({ id: 1 });
console.log('admin:', a.role, a.data.id, a instanceof Admin, a.constructor.name);
console.log(User.describe());
console.log(Admin.describe());
console.log(User.table, '|', Admin.table);
console.log('inherited static:', Admin.describe === User.describe);
console.log('Admin own statics:', Object.getOwnPropertyNames(Admin));

// Static fields are visible through super in static methods.
class Conf {
  static defaults() {
    return { level: 1 };
  }
}
class LocalConf extends Conf {
  static defaults() {
    var d = super.defaults();
    d.local = true;
    return d;
  }
}
console.log(LocalConf.defaults());

// Static methods can call instance-side code via prototype.
class Helper {
  greet() {
    return 'instance greet';
  }
  static greetViaProto() {
    return this.prototype.greet();
  }
}
class SubHelper extends Helper {
  greet() {
    return 'sub ' + super.greet();
  }
  static greetViaProto() {
    return 'static sub -> ' + super.greetViaProto();
  }
}
console.log(SubHelper.greetViaProto());
console.log(a);
