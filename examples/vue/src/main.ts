import 'mentoring-requests/define.js'; // defines the six tags
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
