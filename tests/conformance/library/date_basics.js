// Date: construction from numbers, strings and components; getters and
// setters; string forms (the UTC time zone is assumed); toJSON; errors.
// Only type checks are printed for the current time.
var now = Date.now();
console.log(typeof now, now > 1.6e12, typeof Date(), typeof new Date(), new Date() instanceof Date, typeof new Date().getTime());
var times = [0, -1, 1e12, 951782400000, -62198755200000, 8.64e15, -8.64e15, 253402300800000, -1e14];
for (var i = 0; i < times.length; i++) {
  var d = new Date(times[i]);
  console.log(d.toISOString(), d.toString(), d.toUTCString(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
var d0 = new Date(0);
console.log(d0.toDateString(), d0.toTimeString(), d0.toLocaleString(), d0.toLocaleDateString(), d0.toLocaleTimeString(), d0.getTimezoneOffset(), d0.getYear());
console.log(new Date(8.64e15 + 1).getTime(), new Date(NaN).getTime(), new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date("1970-01-01T00:00:00.007Z").valueOf());
console.log(new Date(2000, 0).getTime(), new Date(99, 11, 31, 23, 59, 59, 999).getTime(), new Date(2020, 13, 35).toISOString(), new Date(2020, 0, 1, 25, 61, 61, 1001).toISOString());
console.log(Date.UTC(2000), Date.UTC(2000, 1, 29), Date.UTC(), Date.UTC(NaN), Date.UTC(1e6), Date.UTC(0, 0, 1), Date.UTC(-1, 0));
console.log(new Date(new Date(5)).getTime(), new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime(), new Date({ valueOf: function () { return 42; } }).getTime());

var strings = ["2000-01-01", "2000-01-01T00:00", "2000-01-01T10:20:30.5+01:30", "+002000-01-01T00:00:00Z",
  "-000001-01-01T00:00:00Z", "2000", "2000-02", "2000-01-01T24:00:00Z", "2000-13-01", "2000-02-30", "garbage", "",
  "2000-01-01T00:00:00.123456Z", "-271821-04-20T00:00:00Z", "-271821-04-19T23:59:59.999Z", "-000000-01-01T00:00:00Z",
  "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", "Thu, 01 Jan 1970 00:00:00 GMT", "Jan 1 2000",
  "1 Jan 2000", "2000/01/02", "January 5, 2001 10:00:00", "12/25/2020", "Tue Mar 01 2011 10:00:00 GMT+0200",
  "2011-03-01 10:00", "Mar 1, 2011 5:06 PM"];
for (var j = 0; j < strings.length; j++) console.log(JSON.stringify(strings[j]), Date.parse(strings[j]), new Date(strings[j]).getTime());
var rt = new Date(1234567890123);
console.log(Date.parse(rt.toString()), Date.parse(rt.toUTCString()), Date.parse(rt.toISOString()));

var d = new Date(2020, 5, 15, 12, 30, 45, 500);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
console.log(d.setMonth(13), d.getMonth(), d.setDate(0), d.setHours(25, 61, 61, 1001), d.setFullYear(2000, 1, 29), d.toISOString());
console.log(d.setMinutes(90), d.setSeconds(-1), d.setMilliseconds(1500), d.setUTCHours(0), d.setUTCDate(31), d.toISOString());
console.log(d.setTime(86400000), d.toISOString(), d.setTime("3"), d.setTime(), d.getTime(), d.setHours(1), d.setFullYear(1999), d.toISOString());
console.log(d.setYear(99), d.getFullYear(), d.setYear(2005), d.getYear(), d.setYear(NaN), d.getTime());
var order = [];
var dd = new Date(NaN);
dd.setMinutes({ valueOf: function () { order.push("m"); return 1; } }, { valueOf: function () { order.push("s"); return 2; } });
console.log(order.join(","), dd.getTime());

console.log(JSON.stringify({ d: new Date(0) }), new Date(NaN).toJSON(), Date.prototype.toJSON.call({ toISOString: function () { return "custom"; } }));
console.log(String(new Date(NaN)), new Date(NaN).toDateString(), new Date(0) + 1, new Date(0) - 1, new Date(0) * 1, new Date(0) == new Date(0).toString(), new Date(5) < new Date(6));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.toString.call(Date.prototype); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.toJSON.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.prototype.toString.call(new Date(0)), typeof Date.prototype.valueOf.call(new Date(3)));
class MyDate extends Date { year() { return this.getUTCFullYear(); } }
var md = new MyDate(0);
console.log(md.year(), md instanceof Date, md instanceof MyDate, md.getTime());
console.log(new Date(0), [new Date(0)], { d: new Date(NaN) }, md);
var withProps = new Date(0);
withProps.x = 1;
console.log(withProps);
