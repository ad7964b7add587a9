import React from 'react';

const icons = { Report: '📄', Malware: '🦠', 'Intrusion-Set': '🎯', 'Attack-Pattern': '⚔️' };

const ItemIcon = ({ type }) => <span title={type}>{icons[type] || '•'}</span>;

export default ItemIcon;
