import 'mentoring-requests/define.js'; // defines the five tags
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
