// The lookup order: own properties, then __proto__, then __proto__.__proto__,
// ... until null, then undefined.
var topObj = { level: 'top', onlyTop: 'T' };
var mid = Object.create(topObj);
mid.level = 'mid';
mid.onlyMid = 'M';
var low = Object.create(mid);
low.level = 'low';

console.log('low.level:', low.level);
console.log('low.onlyMid:', low.onlyMid);
console.log('low.onlyTop:', low.onlyTop);
console.log('low.nowhere:', low.nowhere);

// Properties added by defineProperty are found in the same first step.
Object.defineProperty(low, 'hidden', { value: 'defined', enumerable: false });
console.log('low.hidden:', low.hidden, '| keys:', Object.keys(low));

// Removing each level's own property reveals the next one.
delete low.level;
console.log('after deleting low.level:', low.level);
delete mid.level;
console.log('after deleting mid.level:', low.level);
delete topObj.level;
console.log('after deleting topObj.level:', low.level);

// `.prototype` is not consulted for lookup: only __proto__ is.
function F() {}
F.prototype.viaPrototype = 'found through F.prototype';
var f = new F();
var plain = { prototype: { viaPrototype: 'never used' } };
console.log('f.viaPrototype:', f.viaPrototype);
console.log('plain.viaPrototype:', plain.viaPrototype);
console.log('F.viaPrototype (F itself):', F.viaPrototype);

// Avoiding the lookup: hasOwnProperty and getOwnPropertyNames.
console.log('low own names:', Object.getOwnPropertyNames(low));
console.log('low.hasOwnProperty("onlyTop"):', low.hasOwnProperty('onlyTop'));

// Bracket and dot access follow the same chain.
var key = 'only' + 'Top';
console.log('bracket access:', low[key]);
console.log('computed miss:', low['only' + 'Bottom']);

// The chain is walked at every access, not cached at creation.
topObj.lateTop = 'late';
console.log('late addition found:', low.lateTop);
Object.setPrototypeOf(mid, null);
console.log('after cutting mid from top:', low.onlyTop, low.onlyMid);
console.log('no toString now:', typeof low.toString);
