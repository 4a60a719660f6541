module.exports = require('../../jest.preset.js').unitConfig(__dirname, 'client');
