function f([a]) {}
